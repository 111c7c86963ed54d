import json

import pytest
from pydantic import ValidationError

from pipeline import extract_text
from pipeline.schema import SCHEMA_VERSION, DocumentResult, json_schema


def test_json_schema_names_the_contract_fields():
    schema = json_schema()
    assert {"schema_version", "document", "references", "tasks", "warnings"} <= set(
        schema["properties"])
    task = schema["$defs"]["Task"]["properties"]
    assert {"id", "action", "span", "section", "lead", "support", "deadline", "references",
            "confidence"} <= set(task)
    kinds = schema["$defs"]["DeadlineKind"]["enum"]
    assert kinds == ["date", "month", "quarter", "half_year", "year", "recurring", "relative",
                     "asap"]


def test_result_round_trips_through_json():
    result = extract_text("UBND tỉnh giao Sở Y tế chủ trì xây dựng kế hoạch trước ngày 15/3/2024.")
    assert result.schema_version == SCHEMA_VERSION
    again = DocumentResult.model_validate_json(result.model_dump_json())
    assert again == result


def test_span_must_match_document_text():
    result = extract_text("UBND tỉnh giao Sở Y tế chủ trì xây dựng kế hoạch.")
    data = json.loads(result.model_dump_json())
    data["tasks"][0]["span"]["text"] = "something else"
    with pytest.raises(ValidationError, match="span does not match"):
        DocumentResult.model_validate(data)


def test_unknown_deadline_kind_is_rejected():
    result = extract_text("Sở Y tế hoàn thành trong quý II/2024.")
    data = json.loads(result.model_dump_json())
    data["tasks"][0]["deadline"]["kind"] = "soon"
    with pytest.raises(ValidationError):
        DocumentResult.model_validate(data)
