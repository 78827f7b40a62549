"""The current user from the hosts' access token: HS256, issuer, audience, exact expiry, type, active user."""
import os

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from database import get_db
from models import User

SIGNING_KEY = os.environ["JWT_SIGNING_KEY"]
ISSUER = os.environ.get("JWT_ISSUER", "blog-samples")
AUDIENCE = os.environ.get("JWT_AUDIENCE", "blog-samples")

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/login")


def get_current_user(token: str = Depends(oauth2_scheme), db: Session = Depends(get_db)) -> User:
    refused = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="The access token is missing, malformed, expired, revoked or not an access token.",
        headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
    )
    try:
        claims = jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], issuer=ISSUER, audience=AUDIENCE,
                            options={"require": ["exp", "sub", "type"]})
    except jwt.PyJWTError:
        raise refused
    if claims["type"] != "access" or not str(claims["sub"]).isdigit():
        raise refused
    user = db.get(User, int(claims["sub"]))
    if user is None or not user.is_active:
        raise refused
    return user
