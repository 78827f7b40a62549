import base64

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response


class PostPagination(BasePagination):
    """The hosts' v1 page: {items, next_cursor, has_more, total}, newest first, `limit` 1-100 (default 20)."""

    default_limit = 20
    max_limit = 100

    def paginate_queryset(self, queryset, request, view=None):
        raw = request.query_params.get("limit", str(self.default_limit))
        if not raw.isdigit() or not 1 <= int(raw) <= self.max_limit:
            raise ValidationError({"limit": [f"Must be an integer from 1 to {self.max_limit}."]})
        limit = int(raw)
        self.total = queryset.count()
        rows = list(queryset[: limit + 1])
        self.has_more = len(rows) > limit
        page = rows[:limit]
        self.next_cursor = self.cursor_of(page[-1]) if self.has_more else None
        return page

    @staticmethod
    def cursor_of(post):
        """An opaque, unsigned position (the hosts sign theirs): this peer reads no cursor back."""
        return base64.urlsafe_b64encode(f"{post.created_at.isoformat()}:{post.pk}".encode()).decode().rstrip("=")

    def get_paginated_response(self, data):
        return Response({"items": data, "next_cursor": self.next_cursor, "has_more": self.has_more,
                         "total": self.total})
