namespace MvcControllers.Areas.Admin.Engine;

/// <summary>How a form field is typed in (Django's widgets).</summary>
public enum Widget
{
    Text,
    TextArea,
    Password,
    Select,
    Checkbox,
}
