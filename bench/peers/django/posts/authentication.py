"""DRF authentication by the hosts' access token: HS256, issuer, audience, exact expiry, type, active user."""
import jwt
from django.conf import settings
from rest_framework import authentication, exceptions

from .models import User

REFUSED = "The access token is missing, malformed, expired, revoked or not an access token."


class BearerTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        parts = authentication.get_authorization_header(request).split()
        if not parts or parts[0].lower() != self.keyword.lower().encode():
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(REFUSED)
        try:
            claims = jwt.decode(parts[1], settings.SECRET_KEY, algorithms=["HS256"], issuer=settings.JWT_ISSUER,
                                audience=settings.JWT_AUDIENCE, options={"require": ["exp", "sub", "type"]})
        except jwt.PyJWTError:
            raise exceptions.AuthenticationFailed(REFUSED)
        if claims["type"] != "access" or not str(claims["sub"]).isdigit():
            raise exceptions.AuthenticationFailed(REFUSED)
        user = User.objects.filter(pk=int(claims["sub"]), is_active=True).first()
        if user is None:
            raise exceptions.AuthenticationFailed(REFUSED)
        return user, claims

    def authenticate_header(self, request):
        # A 401 rather than DRF's 403 when no token was sent.
        return self.keyword
