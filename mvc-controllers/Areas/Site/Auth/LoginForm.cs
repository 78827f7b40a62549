using System.ComponentModel.DataAnnotations;
using Blog.Domain.Rules;

namespace MvcControllers.Areas.Site.Auth;

/// <summary>The site's login form (≈ django.contrib.auth's <c>AuthenticationForm</c>), with the page to go back to.</summary>
public sealed class LoginForm
{
    [Required(ErrorMessage = FieldRules.Required)]
    public string? Username { get; set; }

    [Required(ErrorMessage = FieldRules.Required)]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public string? Next { get; set; }
}
