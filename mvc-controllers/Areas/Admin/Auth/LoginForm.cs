using System.ComponentModel.DataAnnotations;

namespace MvcControllers.Areas.Admin.Auth;

/// <summary>The admin login form (≈ Django's AdminAuthenticationForm); <see cref="Next"/> is the page to go back to.</summary>
public sealed class LoginForm
{
    [Required(ErrorMessage = "This field is required.")]
    public string? Username { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public string? Next { get; set; }
}
