namespace Blog.Data;

/// <summary>
/// A configuration value the host cannot start with. Its message is the whole story, one sentence naming the key and
/// what it must be, so the host reports it as one line and exits non-zero instead of printing a stack trace.
/// </summary>
public sealed class InvalidSettingException(string message) : Exception(message);
