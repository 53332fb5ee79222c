using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Webhooks;

namespace PassendOnderwijs.Application.Webhooks.Abonnementen;

/// <summary>A koppeling's webhook subscription as its beheerder sees it; never a secret.</summary>
/// <param name="Soorten">The CloudEvents types it receives (see /notificatiesoorten).</param>
/// <param name="VorigGeheimGeldigTot">During a rotation: until when the previous secret still signs too.</param>
/// <param name="Versie">Send it back in If-Match with a change.</param>
public sealed record AbonnementDto(
    Guid Id, string ClientId, string Url, IReadOnlyList<string> Soorten, bool Gepauzeerd, DateTimeOffset? VorigGeheimGeldigTot,
    DateTimeOffset AangemaaktOp, long Versie) : IGeversioneerd, IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => ClientId;

    public static AbonnementDto Van(Abonnement a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.ClientId, a.Url, a.Soorten, a.Gepauzeerd, a.VorigGeheim is null ? null : a.VorigGeheimTot, a.AangemaaktOp, a.Versie);
    }
}

public sealed record AbonnementenDto(IReadOnlyList<AbonnementDto> Abonnementen);

/// <summary>A new abonnement with its secret, shown this once (stored protected).</summary>
/// <param name="Geheim">The Standard Webhooks secret (whsec_…) to verify webhook-signature with.</param>
public sealed record NieuwAbonnementDto(AbonnementDto Abonnement, string Geheim) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Abonnement.ClientId;
}

/// <summary>A rotation's new secret, shown this once; both secrets sign until <paramref name="VorigGeheimGeldigTot"/>.</summary>
public sealed record NieuwAbonnementGeheimDto(Guid AbonnementId, string Geheim, DateTimeOffset VorigGeheimGeldigTot);

/// <summary>One attempt in the delivery log.</summary>
/// <param name="Status">Where its aflevering stands now: wachtend, afgeleverd or mislukt.</param>
/// <param name="Statuscode">The receiver's HTTP status; absent after a timeout or a connection error (see fout).</param>
public sealed record AfleverpogingDto(
    Guid Id, Guid AfleveringId, Guid NotificatieId, string Type, string Subject, string Status, DateTimeOffset Op, int? Statuscode, string? Fout, int DuurMs);

/// <param name="VolgendeVoor">Send as voor for the next (older) page; absent on the last page.</param>
public sealed record AfleverpogingenDto(IReadOnlyList<AfleverpogingDto> Pogingen, Guid? VolgendeVoor);

/// <param name="Status">wachtend, afgeleverd or mislukt.</param>
public sealed record AfleveringDto(Guid Id, Guid NotificatieId, string Subject, string Status, int Pogingen, DateTimeOffset VolgendePogingOp)
{
    public static AfleveringDto Van(Aflevering a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.NotificatieId, a.Subject, StatusCode(a.Status), a.Pogingen, a.VolgendePogingOp);
    }

    public static string StatusCode(AfleverStatus status) => status.ToString().ToLowerInvariant();
}
