using Blog.Data.Auth;
using Blog.Domain.Rules;
using CarterModules.Validation;
using FluentValidation;
using Mediator;

namespace CarterModules.Features.Auth;

/// <summary>POST /auth/logout: revokes every refresh token of that login.</summary>
public sealed record Logout : ICommand
{
    public string? RefreshToken { get; init; }

    public sealed class Validator : AbstractValidator<Logout>
    {
        public Validator() => RuleFor(x => x.RefreshToken).Satisfies(value => value is null ? FieldRules.Required : null);
    }

    public sealed class Handler(TokenService tokens) : ICommandHandler<Logout>
    {
        public async ValueTask<Unit> Handle(Logout command, CancellationToken ct)
        {
            await tokens.LogoutAsync(command.RefreshToken!, ct);
            return Unit.Value;
        }
    }
}
