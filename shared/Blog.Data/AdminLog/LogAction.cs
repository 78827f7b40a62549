namespace Blog.Data.AdminLog;

/// <summary>Django's action flags, with the same numbers (ADDITION = 1, CHANGE = 2, DELETION = 3).</summary>
public enum LogAction
{
    Addition = 1,
    Change = 2,
    Deletion = 3,
}
