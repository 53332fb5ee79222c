using System.Text.Json.Serialization;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Termijnen;

namespace PassendOnderwijs.Application.Termijnen;

/// <summary>A row of the deadline engine's table: a term as people read it.</summary>
public sealed record TermijnregelDto(
    [property: CodeUit<Termijnsoort>] string Code,
    string Omschrijving,
    [property: CodeUit<Zaaksoort>] string Zaak,
    string Lengte,
    string Grondslag,
    string Wie,
    int SignaalDagenVooraf)
{
    public static TermijnregelDto Van(Termijnregel regel)
    {
        ArgumentNullException.ThrowIfNull(regel);
        return new(regel.Code, regel.Omschrijving, ZaaksoortCodes.Lijst.Code(regel.Zaak), regel.Lengte, regel.Grondslag, regel.Wie, regel.SignaalDagenVooraf);
    }
}

public sealed record TermijnsoortenDto(IReadOnlyList<TermijnregelDto> Termijnsoorten);

/// <summary>One run of a term of a case: its days, its phase and when each signal was given.</summary>
public sealed record TermijnDto(
    Guid Id,
    [property: CodeUit<Termijnsoort>] string Soort,
    string Omschrijving,
    DateOnly Vanaf,
    DateOnly Uiterlijk,
    DateOnly SignaalOp,
    [property: CodeUit<Termijnfase>] string Fase,
    DateTimeOffset? NadertGemeldOp,
    DateTimeOffset? VerlopenOp,
    DateTimeOffset? GehaaldOp)
{
    public static TermijnDto Van(Termijn termijn)
    {
        ArgumentNullException.ThrowIfNull(termijn);
        return new(
            termijn.Id, TermijnsoortCodes.Lijst.Code(termijn.Soort), TermijnsoortCodes.Lijst.Label(termijn.Soort), termijn.Vanaf,
            termijn.Uiterlijk, termijn.SignaalOp, TermijnfaseCodes.Lijst.Code(termijn.Fase), termijn.NadertGemeldOp, termijn.VerlopenOp, termijn.GehaaldOp);
    }
}

/// <summary>Every run of the terms of one case, the running ones first, then by last day.</summary>
public sealed record TermijnenDto(
    IReadOnlyList<TermijnDto> Termijnen,
    [property: JsonIgnore] Guid ZaakId,
    [property: JsonIgnore] Guid LeerlingId) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => ZaakId.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;
}
