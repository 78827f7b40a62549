using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Blog.Data;

/// <summary>Reads a setting the way every host does, failing with an <see cref="InvalidSettingException"/> that names it.</summary>
public static class SettingValues
{
    /// <summary>A whole number, 1 or more; <paramref name="defaultValue"/> when the key is not set.</summary>
    public static int PositiveInteger(IConfiguration configuration, string key, int defaultValue)
    {
        var text = configuration[key];
        if (string.IsNullOrEmpty(text)) return defaultValue;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
            : throw new InvalidSettingException($"{key} is '{text}'; it must be a whole number, 1 or more.");
    }
}
