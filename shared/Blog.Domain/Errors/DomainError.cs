namespace Blog.Domain.Errors;

/// <summary>A rule the request broke. Each subtype is one kind of failure that hosts answer with one status.</summary>
public abstract class DomainError(string detail, IReadOnlyDictionary<string, string[]>? errors = null) : Exception(detail)
{
    /// <summary>Per-field messages keyed by the snake_case wire name, when the failure is about fields.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; } = errors;
}

/// <summary>The request itself is unusable: a bad query parameter, malformed JSON, a foreign cursor.</summary>
public sealed class BadRequestError(string detail, IReadOnlyDictionary<string, string[]>? errors = null) : DomainError(detail, errors);

/// <summary>Well-formed input whose fields break a rule.</summary>
public sealed class ValidationError(IReadOnlyDictionary<string, string[]> errors)
    : DomainError("One or more fields are invalid.", errors);

public sealed class UnauthorizedError(string detail) : DomainError(detail);

public sealed class ForbiddenError(string detail) : DomainError(detail);

/// <summary>Missing, or not visible to the caller: the two are deliberately indistinguishable.</summary>
public sealed class NotFoundError(string detail) : DomainError(detail);

public sealed class ConflictError(string detail, IReadOnlyDictionary<string, string[]>? errors = null) : DomainError(detail, errors);

/// <summary>A condition of the request (If-Match) that no longer holds: nothing was written.</summary>
public sealed class PreconditionFailedError(string detail) : DomainError(detail);

/// <summary>A well-formed request that cannot be processed as asked, though no field of it is wrong (a reused key).</summary>
public sealed class UnprocessableError(string detail, IReadOnlyDictionary<string, string[]> errors) : DomainError(detail, errors);
