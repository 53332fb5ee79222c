using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Audit;

/// <summary>The choice of actors of an audit log: who exists now, and who the log names.</summary>
internal static class AuditActoren
{
    /// <summary>An account or koppeling that exists now, by the name its screen shows.</summary>
    public sealed record Bekend(string Actor, string Soort, string Naam);

    /// <summary>An account by its name and e-mail address, as the accounts screen shows it.</summary>
    public static Bekend Account(Gebruiker gebruiker)
    {
        var dto = GebruikerDto.Van(gebruiker);
        return new Bekend(dto.Id.ToString(), "gebruiker", $"{dto.Naam} ({dto.Email})");
    }

    /// <summary>
    /// Everyone who exists now, and everyone else the log names: a client the register no longer has was revoked
    /// (a revoked koppeling is removed, its records stay). Ordered by name, as a person looks for one.
    /// </summary>
    public static IReadOnlyList<AuditActorDto> Samen(IReadOnlyList<Bekend> bekend, IReadOnlyList<ActorInHetLog> inHetLog)
    {
        var gelogd = inHetLog.Select(a => a.Actor).ToHashSet(StringComparer.Ordinal);
        var bestaand = bekend.Select(a => a.Actor).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. bekend.Select(a => new AuditActorDto { Actor = a.Actor, ActorSoort = a.Soort, Naam = a.Naam, Ingetrokken = false, InHetLog = gelogd.Contains(a.Actor) })
                .Concat(inHetLog.Where(a => !bestaand.Contains(a.Actor)).Select(a => new AuditActorDto
                {
                    Actor = a.Actor,
                    ActorSoort = a.Soort,
                    Naam = a.Naam ?? (a.Soort == "client" ? $"Koppeling {a.Actor}" : a.Actor),
                    Ingetrokken = a.Soort == "client",
                    InHetLog = true,
                }))
                .OrderBy(a => a.Naam, StringComparer.CurrentCultureIgnoreCase)
                .ThenBy(a => a.Actor, StringComparer.Ordinal),
        ];
    }
}
