using OpenIddict.Abstractions;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Infrastructure.Identiteit.TokenStatus;

namespace PassendOnderwijs.Infrastructure.Identiteit;

internal sealed class TokenIntrekking(IOpenIddictTokenManager tokens, TokenStatusCache statussen) : ITokenIntrekking
{
    public async Task TrekInVoorOnderwerpAsync(string onderwerp, CancellationToken ct)
    {
        // First on this instance, so its next request cannot be answered from before the revocation; the other
        // instances hear of it from the database once it commits.
        statussen.TrekIn(onderwerp: onderwerp);
        await tokens.RevokeBySubjectAsync(onderwerp, ct).ConfigureAwait(false);
    }
}
