using System.Linq.Expressions;
using Blog.Data.Auth;
using Blog.Domain.Errors;
using Blog.Domain.Rules;
using Blog.Domain.Users;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Areas.Admin.Engine;

namespace MvcControllers.Areas.Admin.Registrations;

/// <summary>
/// The users' admin (≈ <c>django.contrib.auth.admin.UserAdmin</c>): an add form with the password typed twice, a
/// change-password page, the active/staff/superuser flags and actions. Only superusers see it. A deactivated user
/// can no longer log in anywhere, and the shared bearer check refuses their tokens on every host.
/// </summary>
public sealed class UserAdmin : ModelAdmin<User>
{
    private const string PasswordsDiffer = "The two password fields didn’t match.";
    private const string UsernameTaken = "That username is already taken.";
    private const string EmailTaken = "That email address is already taken.";

    public override Expression<Func<User, string>> Repr { get; } = u => u.Username;

    public override IReadOnlyList<Column<User>> ListDisplay { get; } =
    [
        Column(u => u.Username),
        Column(u => u.Email),
        Column(u => u.IsStaff, "Staff status"),
        Column(u => u.IsSuperuser, "Superuser"),
        Column(u => u.IsActive, "Active"),
        Column(u => u.CreatedAt, "Joined", "joined"),
    ];

    public override IReadOnlyList<ListFilter<User>> ListFilter { get; } =
    [
        Boolean(u => u.IsStaff, "staff status"),
        Boolean(u => u.IsSuperuser, "superuser status"),
        Boolean(u => u.IsActive, "active"),
    ];

    public override IReadOnlyList<Expression<Func<User, string>>> SearchFields { get; } = [u => u.Username, u => u.Email];

    public override IReadOnlyList<string> Ordering { get; } = ["username"];

    public override int ListPerPage => 50;

    public override IReadOnlyList<AdminAction<User>> Actions { get; } =
    [
        Action("activate", "Activate selected users", "activated", (request, users) => SetAsync(request, users, u => u.IsActive, true)),
        Action("deactivate", "Deactivate selected users", "deactivated", (request, users) => SetAsync(request, users, u => u.IsActive, false))
            with { Warning = "Deactivated users can no longer log in, and their API tokens stop working at once." },
        Action("make_staff", "Give staff status to selected users", "gave staff status to", (request, users) => SetAsync(request, users, u => u.IsStaff, true)),
        Action("remove_staff", "Remove staff status from selected users", "removed staff status from", (request, users) => SetAsync(request, users, u => u.IsStaff, false)),
    ];

    public override IReadOnlyList<FormField<User>> Fields { get; } =
    [
        Text(u => u.Username, FieldRules.Username, maxLength: Limits.UsernameMax),
        Text(u => u.Email, FieldRules.Email, "Email address", maxLength: Limits.EmailMax),
        Password("password1", "Password", FieldRules.Password),
        Password("password2", "Password confirmation", FieldRules.Password, "Enter the same password as before, for verification."),
        Display(u => u.CreatedAt, "Joined", "joined"),
        Checkbox(u => u.IsActive, "Active", "Inactive users cannot log in, here or through the API, and their tokens stop working."),
        Checkbox(u => u.IsStaff, "Staff status", "Whether the user can log into this admin site."),
        Checkbox(u => u.IsSuperuser, "Superuser status", "Whether the user has every permission of the admin site without being given it."),
    ];

    public override IReadOnlyList<Fieldset> Fieldsets { get; } =
    [
        new(null, ["username", "email", "joined"]),
        new("Permissions", ["is_active", "is_staff", "is_superuser"]),
    ];

    public override IReadOnlyList<Fieldset> AddFieldsets { get; } = [new(null, ["username", "email", "password1", "password2"])];

    public override IReadOnlyList<string> ReadonlyFields { get; } = ["username", "email"];

    public override IReadOnlyList<ObjectPage<User>> ObjectPages { get; } =
    [
        new("password", "Change password",
            [Password("password1", "Password", FieldRules.Password), Password("password2", "Password (again)", FieldRules.Password)],
            ChangePasswordAsync) { Clean = SamePassword },
    ];

    public override bool HasViewPermission(AdminUser user) => user.IsSuperuser;
    public override bool HasAddPermission(AdminUser user) => user.IsSuperuser;
    public override bool HasChangePermission(AdminUser user) => user.IsSuperuser;

    /// <summary>Users are deactivated, not deleted: their posts and comments stay.</summary>
    public override bool HasDeletePermission(AdminUser user) => false;

    public override IEnumerable<(string Field, string Message)> Clean(IReadOnlyDictionary<string, string?> values, bool adding) =>
        adding ? SamePassword(values) : [];

    /// <summary>
    /// A new user is made by the shared <see cref="Accounts.RegisterAsync"/>, as the API's register does. Its refusal
    /// does not say which of the two is taken, so the form looks (the failed insert was rolled back to EF Core's
    /// savepoint, so the transaction can still read).
    /// </summary>
    public override async Task<User> SaveModelAsync(AdminRequest request, User model, FormSubmission submission)
    {
        if (!submission.Adding) return await base.SaveModelAsync(request, model, submission);
        try
        {
            return await request.Services.GetRequiredService<Accounts>().RegisterAsync(
                model.Username, model.Email, submission.Values["password1"]!, request.CancellationToken);
        }
        catch (ConflictError)
        {
            var username = User.Normalize(model.Username);
            throw await request.Db.Users.AnyAsync(u => u.NormalizedUsername == username, request.CancellationToken)
                ? new FieldValidationException("username", UsernameTaken)
                : new FieldValidationException("email", EmailTaken);
        }
    }

    private static IEnumerable<(string, string)> SamePassword(IReadOnlyDictionary<string, string?> values) =>
        values.GetValueOrDefault("password1") is { } first && values.GetValueOrDefault("password2") is { } second && first != second
            ? [("password2", PasswordsDiffer)]
            : [];

    /// <summary>
    /// A new password ends the user's sessions, as Django's does: their admin and site cookies no longer match its
    /// <see cref="MvcControllers.Web.PasswordStamp"/>, and their API logins end (their refresh tokens are revoked).
    /// </summary>
    private static async Task<string> ChangePasswordAsync(AdminRequest request, User user, IReadOnlyDictionary<string, string?> values)
    {
        user.PasswordHash = request.Services.GetRequiredService<PasswordHasher>().Hash(values["password1"]!);
        var now = Timestamps.Now(request.Clock);
        await request.Db.RefreshTokenFamilies.Where(f => f.UserId == user.Id && f.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.RevokedAt, now), request.CancellationToken);
        return "Changed password.";
    }

    private static Task<int> SetAsync(AdminRequest request, IQueryable<User> users, Expression<Func<User, bool>> flag, bool value) =>
        users.ExecuteUpdateAsync(set => set.SetProperty(flag, value), request.CancellationToken);
}
