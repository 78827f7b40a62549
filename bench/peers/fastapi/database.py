"""The engine and the session dependency, as the course's FastAPI lesson sets them up."""
import os

from sqlalchemy import create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

# e.g. postgresql+psycopg2://postgres@/bench_fastapi?host=/tmp/socket-dir
engine = create_engine(os.environ["DATABASE_URL"], future=True)
SessionLocal = sessionmaker(bind=engine, autoflush=False, future=True)
Base = declarative_base()


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()
