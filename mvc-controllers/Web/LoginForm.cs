using System.ComponentModel.DataAnnotations;
using Blog.Domain.Rules;

namespace MvcControllers.Web;

/// <summary>
/// The login form of the site and of the admin (≈ django.contrib.auth's <c>AuthenticationForm</c>, which the admin's
/// form extends with its staff check), with the page to go back to.
/// </summary>
public sealed class LoginForm
{
    [Required(ErrorMessage = FieldRules.Required)]
    public string? Username { get; set; }

    [Required(ErrorMessage = FieldRules.Required)]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public string? Next { get; set; }
}
