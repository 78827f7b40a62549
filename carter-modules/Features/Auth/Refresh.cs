using Blog.Data.Auth;
using Blog.Domain.Rules;
using CarterModules.Validation;
using FluentValidation;
using Mediator;

namespace CarterModules.Features.Auth;

/// <summary>
/// POST /auth/refresh: rotation by the shared <see cref="TokenService"/>. Deliberately not transactional: revoking a
/// reused token's family must stick even though the request fails.
/// </summary>
public sealed record Refresh : ICommand<TokenPair>
{
    public string? RefreshToken { get; init; }

    public sealed class Validator : AbstractValidator<Refresh>
    {
        public Validator() => RuleFor(x => x.RefreshToken).Satisfies(value => value is null ? FieldRules.Required : null);
    }

    public sealed class Handler(TokenService tokens) : ICommandHandler<Refresh, TokenPair>
    {
        public async ValueTask<TokenPair> Handle(Refresh command, CancellationToken ct) =>
            await tokens.RefreshAsync(command.RefreshToken!, ct);
    }
}
