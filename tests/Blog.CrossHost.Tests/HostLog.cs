using System.Text.RegularExpressions;

namespace Blog.CrossHost.Tests;

/// <summary>Reads a host's console log (the default console formatter: <c>warn: Category[id]</c>, then the message indented).</summary>
public static partial class HostLog
{
    public static int Entries(IReadOnlyList<string> lines, string level) =>
        lines.Count(line => line.StartsWith(level + ":", StringComparison.Ordinal));

    /// <summary>Lines that are frames of a stack trace (<c>   at Namespace.Type.Method(…)</c>).</summary>
    public static List<string> StackFrames(IReadOnlyList<string> lines) => lines.Where(line => StackFrame().IsMatch(line)).ToList();

    [GeneratedRegex(@"^\s+at \S")]
    private static partial Regex StackFrame();
}
