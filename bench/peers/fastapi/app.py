"""The course's FastAPI lesson serving the bench's list, detail and comment write over the hosts' schema."""
import base64
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, HTTPException, Query, status
from sqlalchemy.orm import Session, joinedload, selectinload

from auth import get_current_user
from database import get_db
from models import Comment, Post, User
from schemas import CommentCreate, CommentPublic, PostPage, PostPublic

app = FastAPI(title="Blog bench (FastAPI)")


def cursor_of(post: Post) -> str:
    """An opaque, unsigned position (the hosts sign theirs): this peer reads no cursor back."""
    return base64.urlsafe_b64encode(f"{post.created_at.isoformat()}:{post.id}".encode()).decode().rstrip("=")


@app.get("/posts", response_model=PostPage)
def list_posts(limit: int = Query(20, ge=1, le=100), db: Session = Depends(get_db)):
    published = db.query(Post).filter(Post.status == "published")
    total = published.count()
    rows = (
        published.options(joinedload(Post.author), selectinload(Post.tag_rows))
        .order_by(Post.created_at.desc(), Post.id.desc())
        .limit(limit + 1)
        .all()
    )
    has_more = len(rows) > limit
    items = rows[:limit]
    return PostPage(items=items, next_cursor=cursor_of(items[-1]) if has_more else None, has_more=has_more,
                    total=total)


@app.get("/posts/{post_id}", response_model=PostPublic)
def read_post(post_id: int, db: Session = Depends(get_db)):
    post = db.get(Post, post_id, options=[joinedload(Post.author), selectinload(Post.tag_rows)])
    if post is None or post.status != "published":
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Post not found.")
    return post


@app.post("/posts/{post_id}/comments", response_model=CommentPublic, status_code=status.HTTP_201_CREATED)
def create_comment(post_id: int, body: CommentCreate, user: User = Depends(get_current_user),
                   db: Session = Depends(get_db)):
    if not db.query(Post.id).filter(Post.id == post_id,
                                    (Post.status == "published") | (Post.author_id == user.id)).first():
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Post not found.")
    comment = Comment(post_id=post_id, author=user, content=body.content, created_at=datetime.now(timezone.utc))
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return comment
