using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Webhooks.Queries.GeefNotificaties;

/// <summary>
/// The pull feed: the notificaties a koppeling may receive (its scopes, its vestigingen) after the token, oldest
/// first, with the token to continue from; without a token from the oldest one. A token from before the feed's window
/// (notificaties after it were cleaned up) is 410: start again without it. Not audited: no pupil data.
/// </summary>
[Toegang(Scopes = [Scopes.NotificatiesLezen])]
[KanFalen(FoutSoort.Verlopen)]
public sealed record GeefNotificatiesQuery(string? Vanaf, [property: Range(1, Syncfeed.MaximalePageSize)] int? PageSize)
    : IQuery<Result<NotificatiesDto>>;

/// <param name="WijzigingenToken">Send it back as vanaf; straight away when <paramref name="MeerNotificaties"/> is true.</param>
public sealed record NotificatiesDto(IReadOnlyList<CloudEventDto> Notificaties, string WijzigingenToken, bool MeerNotificaties);
