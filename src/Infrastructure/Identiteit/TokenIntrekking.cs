using OpenIddict.Abstractions;
using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Infrastructure.Identiteit;

internal sealed class TokenIntrekking(IOpenIddictTokenManager tokens) : ITokenIntrekking
{
    public async Task TrekInVoorOnderwerpAsync(string onderwerp, CancellationToken ct) =>
        await tokens.RevokeBySubjectAsync(onderwerp, ct).ConfigureAwait(false);
}
