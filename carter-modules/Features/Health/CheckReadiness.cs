using System.Data.Common;
using CarterModules.Data;
using Mediator;

namespace CarterModules.Features.Health;

/// <summary>GET /health/ready: true when the database answers a `SELECT 1`.</summary>
public sealed record CheckReadiness : IQuery<bool>
{
    public sealed class Handler(Db db) : IQueryHandler<CheckReadiness, bool>
    {
        public async ValueTask<bool> Handle(CheckReadiness query, CancellationToken ct)
        {
            try
            {
                return await db.ScalarAsync<int>("SELECT 1", null, ct) == 1;
            }
            catch (DbException)
            {
                return false;
            }
        }
    }
}
