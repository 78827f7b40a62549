"""ORM models over the hosts' tables (their EF migrations create them; nothing is created here)."""
from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String, Text, func, select
from sqlalchemy.orm import column_property, relationship

from database import Base


class User(Base):
    __tablename__ = "users"

    id = Column(Integer, primary_key=True)
    username = Column(String(50), nullable=False)
    is_active = Column(Boolean, nullable=False)


class PostTag(Base):
    __tablename__ = "post_tags"

    post_id = Column(Integer, ForeignKey("posts.id"), primary_key=True)
    name = Column(String(30), primary_key=True)


class Comment(Base):
    __tablename__ = "comments"

    id = Column(Integer, primary_key=True)
    post_id = Column(Integer, ForeignKey("posts.id"), nullable=False)
    author_id = Column(Integer, ForeignKey("users.id"), nullable=False)
    content = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)

    author = relationship(User, lazy="joined")


class Post(Base):
    __tablename__ = "posts"

    id = Column(Integer, primary_key=True)
    title = Column(String(200), nullable=False)
    slug = Column(String(212), nullable=False)
    content = Column(Text, nullable=False)
    status = Column(String(16), nullable=False)
    author_id = Column(Integer, ForeignKey("users.id"), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)
    updated_at = Column(DateTime(timezone=True), nullable=False)

    author = relationship(User)
    tag_rows = relationship(PostTag, order_by=PostTag.name)
    comment_count = column_property(
        select(func.count(Comment.id)).where(Comment.post_id == id).correlate_except(Comment).scalar_subquery()
    )

    @property
    def tags(self):
        return [tag.name for tag in self.tag_rows]
