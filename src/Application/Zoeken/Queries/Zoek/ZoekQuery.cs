using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Zoeken.Queries.Zoek;

/// <summary>
/// The search box of the staff screens: one text finds pupils (by a part of the name and/or the date of birth),
/// arrangementen (by a part of the beschikkingsnummer) and aanbieders (by a part of the name, or the code), each
/// within what the caller may see. People only: a LAS uses the lists. Every pupil shown, also through an arrangement,
/// is audited as read; the register of aanbieders is public and is not.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
[Audit(AuditActie.Lezen, ZoekAudit.Soort, Doel = ZoekAudit.Doel)]
public sealed record ZoekQuery(string? Zoekterm) : IQuery<Result<ZoekresultatenDto>>;

internal static class ZoekAudit
{
    /// <summary>A search that showed no pupil still leaves one record: who searched, when (not for what).</summary>
    public const string Soort = "zoekopdracht";
    public const string Doel = LeerlingAudit.Doel;
}
