"""Pydantic schemas: the hosts' field names and order, and the contract's timestamps (UTC, six digits, Z)."""
from datetime import datetime, timezone
from typing import List, Optional

from pydantic import BaseModel, validator

COMMENT_MAX = 5000


def utc_timestamp(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Schema(BaseModel):
    class Config:
        orm_mode = True
        json_encoders = {datetime: utc_timestamp}


class Author(Schema):
    id: int
    username: str


class PostPublic(Schema):
    id: int
    title: str
    slug: str
    content: str
    status: str
    tags: List[str]
    author: Author
    comment_count: int
    created_at: datetime
    updated_at: datetime


class PostPage(Schema):
    items: List[PostPublic]
    next_cursor: Optional[str]
    has_more: bool
    total: int


class CommentCreate(BaseModel):
    content: str

    @validator("content")
    def content_rules(cls, value: str) -> str:
        if not value:
            raise ValueError("Must not be empty.")
        if len(value) > COMMENT_MAX:
            raise ValueError(f"Must be at most {COMMENT_MAX} characters.")
        if not value.strip():
            raise ValueError("Must not be blank.")
        if "\0" in value:
            raise ValueError("Must not contain the NUL character.")
        return value


class CommentPublic(Schema):
    id: int
    post_id: int
    content: str
    author: Author
    created_at: datetime
