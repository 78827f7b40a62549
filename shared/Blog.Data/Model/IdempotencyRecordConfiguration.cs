using Blog.Data.Idempotency;
using Blog.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Blog.Data.Model;

public sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.Property(r => r.Key).HasMaxLength(255);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.Location).HasMaxLength(2048);
        // One answer per key of a user: of two simultaneous first uses, the second waits for the first's commit and
        // then finds its record (a unique violation) instead of creating a second row.
        builder.HasIndex(r => new { r.UserId, r.Key }).IsUnique();
        // The purge of keys past their 24 hours.
        builder.HasIndex(r => r.CreatedAt);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
