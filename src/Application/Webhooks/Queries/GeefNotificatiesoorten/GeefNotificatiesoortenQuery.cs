using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Webhooks.Queries.GeefNotificatiesoorten;

/// <summary>The catalogue of event types a koppeling can receive (feed and webhooks), for anyone signed in.</summary>
[Toegang(Aangemeld = true)]
public sealed record GeefNotificatiesoortenQuery : IQuery<Result<NotificatiesoortenDto>>;

public sealed record NotificatiesoortenDto(IReadOnlyList<NotificatiesoortDto> Soorten);

/// <param name="Type">The CloudEvents type.</param>
/// <param name="Subject">The resource's path, with {id}.</param>
/// <param name="Scope">What a koppeling needs to receive it.</param>
public sealed record NotificatiesoortDto(string Type, string Omschrijving, string Subject, string Scope);
