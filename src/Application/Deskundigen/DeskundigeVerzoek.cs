using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Deskundigen;

/// <summary>
/// The body of a registration and of a change (PUT replaces everything but the active state). Its attributes write the
/// rules into the contract; <see cref="Lees"/> applies the deskundige's own text rules too, so one answer lists every
/// problem; whether the links exist in the SWV is the handler's to check.
/// </summary>
/// <param name="Registratienummer">The number in the beroepsregister: both or neither. A BIG-nummer has 11 digits, the others 3 to 10.</param>
/// <param name="Werkgever">Who employs them, as a name: "Praktijk De Linde", "zelfstandig", or the name of a schoolbestuur.</param>
/// <param name="SchoolbestuurId">When a schoolbestuur of the SWV employs them: its id (from GET /schoolbesturen).</param>
/// <param name="Vestiging">When a school of the SWV employs them: its vestiging (BRIN + vestigingsnummer).</param>
/// <param name="AccountId">The account with the role deskundige under which they write their advices (from GET /gebruikers).</param>
public sealed record DeskundigeVerzoek(
    [property: Required, MaxLength(Deskundige.MaximaleLengteNaam)] string? Naam,
    [property: Required, CodeUit<Discipline>] string? Discipline,
    [property: CodeUit<Beroepsregister>] string? Beroepsregister,
    [property: RegularExpression(Registratie.Nummerpatroon)] string? Registratienummer,
    [property: Required, MaxLength(Deskundige.MaximaleLengteWerkgever)] string? Werkgever,
    Guid? SchoolbestuurId,
    [property: RegularExpression(VestigingCode.Patroon)] string? Vestiging,
    Guid? AccountId)
{
    public Result<Deskundigeinvoer> Lees()
    {
        var register = string.IsNullOrWhiteSpace(Beroepsregister)
            ? Result<Beroepsregister?>.Gelukt(null)
            : BeroepsregisterCodes.Lijst.Lees(Beroepsregister, "beroepsregister", "beroepsregister").Dan(r => (Beroepsregister?)r);
        return Lezen.Samen(
            DisciplineCodes.Lijst.Lees(Discipline, "discipline", "discipline"),
            register,
            register.IsGelukt ? Registratie.Lees(register.Waarde, Registratienummer) : Result<string?>.Gelukt(null),
            Tekst.Verplicht(Naam, Deskundige.MaximaleLengteNaam, "naam", "naam-vereist", Deskundige.NaamVereist),
            Tekst.Verplicht(Werkgever, Deskundige.MaximaleLengteWerkgever, "werkgever", "werkgever-vereist", Deskundige.WerkgeverVereist),
            string.IsNullOrWhiteSpace(Vestiging) ? Result<VestigingCode?>.Gelukt(null) : VestigingCode.Parse(Vestiging.Trim(), "vestiging").Dan(v => (VestigingCode?)v),
            (discipline, beroepsregister, nummer, naam, werkgever, vestiging) =>
                new Deskundigeinvoer(naam, discipline, beroepsregister, nummer, werkgever, SchoolbestuurId, vestiging, AccountId));
    }
}

/// <summary>A deskundige as asked for, read; the links are ids the handler looks up in the SWV.</summary>
public sealed record Deskundigeinvoer(
    string Naam,
    Discipline Discipline,
    Beroepsregister? Beroepsregister,
    string? Registratienummer,
    string Werkgever,
    Guid? SchoolbestuurId,
    VestigingCode? Vestiging,
    Guid? AccountId);
