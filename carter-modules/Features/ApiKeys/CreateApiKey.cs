using Blog.Data.Auth;
using Blog.Domain.ApiKeys;
using Blog.Domain.Rules;
using CarterModules.Data;
using CarterModules.Requests;
using CarterModules.Responses;
using Mediator;

namespace CarterModules.Features.ApiKeys;

/// <summary>POST /users/me/api-keys: a new key, within the user's cap of keys, in one transaction; the secret is answered once.</summary>
public sealed record CreateApiKey(int UserId, ApiKeyBody Key) : ICommand<ApiKeyCreatedResponse>
{
    public sealed class Handler(Db db, TimeProvider clock) : ICommandHandler<CreateApiKey, ApiKeyCreatedResponse>
    {
        public async ValueTask<ApiKeyCreatedResponse> Handle(CreateApiKey command, CancellationToken cancellationToken)
        {
            var (secret, prefix, hash) = ApiKeySecrets.New();
            var key = new ApiKey
            {
                UserId = command.UserId,
                Name = command.Key.Name!,
                Prefix = prefix,
                SecretHash = hash,
                Scope = command.Key.Scope!,
                CreatedAt = Timestamps.Now(clock),
                ExpiresAt = ApiKeyRules.Stored(command.Key.ExpiresAt),
            };
            await db.TransactionAsync(async () =>
            {
                await Data.ApiKeys.InsertAsync(db, key, cancellationToken);
                return key.Id;
            }, cancellationToken);
            return new ApiKeyCreatedResponse(key.Id, key.Name, key.Scope, key.Prefix, key.CreatedAt, key.ExpiresAt, secret);
        }
    }
}
