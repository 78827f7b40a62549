using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Blog.Data.Model;

public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value,
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
