using Blog.Data.Auth;
using Blog.Data.Sql;
using Blog.Domain.Rules;
using Blog.Domain.Users;
using Blog.Hosting.Wire;
using CarterModules.Data;
using CarterModules.Validation;
using FluentValidation;
using Mediator;

namespace CarterModules.Features.Auth;

/// <summary>POST /auth/register: a new account; the unique indexes decide who wins a race for a name (409).</summary>
public sealed record Register : ICommand<PrivateUserView>
{
    public string? Username { get; init; }
    public string? Email { get; init; }
    public string? Password { get; init; }

    public sealed class Validator : AbstractValidator<Register>
    {
        public Validator()
        {
            RuleFor(x => x.Username).Satisfies(FieldRules.Username);
            RuleFor(x => x.Email).Satisfies(FieldRules.Email);
            RuleFor(x => x.Password).Satisfies(FieldRules.Password);
        }
    }

    public sealed class Handler(Db db, PasswordHasher hasher, TimeProvider clock) : ICommandHandler<Register, PrivateUserView>
    {
        public async ValueTask<PrivateUserView> Handle(Register command, CancellationToken ct)
        {
            var user = User.Create(command.Username!, command.Email!, hasher.Hash(command.Password!), Timestamps.Now(clock));
            try
            {
                user.Id = await db.ScalarAsync<int>(
                    """
                    INSERT INTO users (username, normalized_username, email, normalized_email, password_hash, is_active, is_staff, created_at)
                    VALUES (@Username, @NormalizedUsername, @Email, @NormalizedEmail, @PasswordHash, @IsActive, @IsStaff, @CreatedAt)
                    RETURNING id
                    """, user, ct);
            }
            catch (Exception exception) when (UniqueViolation.Is(exception))
            {
                throw UserErrors.Taken();
            }
            return PrivateUserView.From(user);
        }
    }
}
