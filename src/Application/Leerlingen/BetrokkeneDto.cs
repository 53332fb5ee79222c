using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Leerlingen;

/// <summary>An expert who may (or might) see a pupil: who, why, until when, and who added and ended it.</summary>
/// <param name="Tot">The last day of access (inclusive); from the next day the access has ended by itself.</param>
/// <param name="Actief">Whether the expert may see the pupil today: not ended early and not past <paramref name="Tot"/>.</param>
public sealed record BetrokkeneDto(
    Guid Id,
    Guid LeerlingId,
    Guid ExpertId,
    string ExpertNaam,
    string Reden,
    DateOnly Tot,
    bool Actief,
    ActorDto ToegevoegdDoor,
    DateTimeOffset ToegevoegdOp,
    ActorDto? BeeindigdDoor,
    DateTimeOffset? BeeindigdOp) : IAuditResultaat
{
    // Explicit, so the audit's view of the result stays out of the contract.
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;

    public static BetrokkeneDto Van(Betrokkene b, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new(
            b.Id,
            b.LeerlingId,
            b.ExpertId,
            b.ExpertNaam,
            b.Reden,
            b.Tot,
            b.IsActief(vandaag),
            ActorDto.Van(b.ToegevoegdDoor),
            b.ToegevoegdOp,
            b.BeeindigdDoor is { } door ? ActorDto.Van(door) : null,
            b.BeeindigdOp);
    }
}

public sealed record BetrokkenenDto(IReadOnlyList<BetrokkeneDto> Betrokkenen);

internal static class BetrokkeneAudit
{
    public const string Soort = "betrokkene";
    public const string Doel = "Toegang van een expert tot een leerling (need to know)";
}

internal static class BetrokkeneFouten
{
    public static Fout Onbekend(Guid id) => Fout.NietGevonden("betrokkene-onbekend", $"Er is geen betrokkene {id} bij deze leerling.");
}
