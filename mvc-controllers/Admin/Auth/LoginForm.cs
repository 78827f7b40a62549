using System.ComponentModel.DataAnnotations;

namespace MvcControllers.Admin.Auth;

public sealed class LoginForm
{
    [Required(ErrorMessage = "This field is required.")]
    public string? Username { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public string? Next { get; set; }
}
