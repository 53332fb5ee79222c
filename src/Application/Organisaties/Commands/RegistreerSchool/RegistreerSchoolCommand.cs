using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Commands.RegistreerSchool;

/// <summary>Registers a school (vestiging) under a registered schoolbestuur, in the samenwerkingsverband's indeling.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, "school", Doel = OrganisatieAudit.Doel)]
public sealed record RegistreerSchoolCommand(Result<Schoolregistratie> Invoer) : IInvoerCommand<Schoolregistratie, SchoolDto>;

/// <summary>A school as it was asked for; the name and the place in the indeling are the school's to check.</summary>
/// <param name="Schoolbestuur">The bevoegd-gezagnummer of a registered schoolbestuur.</param>
public sealed record Schoolregistratie(
    VestigingCode Vestiging,
    string? Naam,
    SoortSchool Soort,
    string Schoolbestuur,
    string? Regio,
    string? LokaalNetwerk,
    IvoVelden Ondersteuningsprofiel);
