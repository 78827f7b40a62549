namespace Blog.Data.AdminLog;

/// <summary>
/// One thing done in the admin site (≈ <c>django.contrib.admin.models.LogEntry</c>): who did what to which object,
/// when, and what changed. The object is named by its model and id, not a foreign key, so the record outlives a
/// deleted object; <see cref="ObjectRepr"/> keeps the name it had.
/// </summary>
public class LogEntry
{
    public int Id { get; set; }
    public DateTime ActionTime { get; set; }
    public int UserId { get; set; }
    public string Model { get; set; } = "";
    public string ObjectId { get; set; } = "";
    public string ObjectRepr { get; set; } = "";
    public LogAction Action { get; set; }
    public string ChangeMessage { get; set; } = "";
}
