using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Leerlingen;

/// <summary>
/// An expert of the SWV who may see one pupil for a while (need to know): added by SWV staff with a reason and an end
/// date. From the day after <see cref="Tot"/> the access has ended by itself; staff may end it earlier. Never
/// deleted, so who could see the pupil, why and until when stays on record.
/// </summary>
public sealed class Betrokkene : AggregateRoot<Guid>
{
    public const int MaximaleLengteReden = 500;

    /// <summary>Access is granted for at most a year at a time; a longer need is a new, again reasoned decision.</summary>
    public const int MaximaleDuurDagen = 366;

    private Betrokkene()
    {
        Samenwerkingsverband = null!;
        ExpertNaam = string.Empty;
        Reden = string.Empty;
        ToegevoegdDoor = null!;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public Guid LeerlingId { get; private set; }

    /// <summary>The expert's account (<see cref="Gebruiker"/> id): whose access this is.</summary>
    public Guid ExpertId { get; private set; }

    /// <summary>The expert's name when added, so the list still names them after their account is gone.</summary>
    public string ExpertNaam { get; private set; }

    public string Reden { get; private set; }

    /// <summary>The last day of access (inclusive).</summary>
    public DateOnly Tot { get; private set; }

    public Actor ToegevoegdDoor { get; private set; }

    public DateTimeOffset ToegevoegdOp { get; private set; }

    public Actor? BeeindigdDoor { get; private set; }

    public DateTimeOffset? BeeindigdOp { get; private set; }

    public bool IsActief(DateOnly vandaag) => BeeindigdOp is null && Tot >= vandaag;

    /// <summary>Every problem with the input at once; also used by the validator before anything is looked up.</summary>
    public static IReadOnlyList<Fout> Controleer(string? reden, DateOnly? tot, DateOnly vandaag)
    {
        var fouten = new List<Fout>(Tekst.Verplicht(reden, MaximaleLengteReden, "reden", "reden-vereist", "Schrijf op waarom de expert deze leerling moet kunnen zien.").Fouten);
        if (tot is null)
        {
            fouten.Add(Fout.Ongeldig("einddatum-vereist", "Geef de laatste dag waarop de expert de leerling mag zien.", "tot"));
        }
        else if (tot < vandaag)
        {
            fouten.Add(Fout.Ongeldig("einddatum-verleden", "De einddatum ligt in het verleden.", "tot"));
        }
        else if (tot > vandaag.AddDays(MaximaleDuurDagen))
        {
            fouten.Add(Fout.Ongeldig("einddatum-te-ver", $"Toegang geldt hoogstens {MaximaleDuurDagen} dagen; verleng daarna met een nieuwe reden.", "tot"));
        }

        return fouten;
    }

    public static Result<Betrokkene> VoegToe(Leerling leerling, Gebruiker expert, string? reden, DateOnly? tot, Actor door, DateTimeOffset nu, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        ArgumentNullException.ThrowIfNull(expert);
        ArgumentNullException.ThrowIfNull(door);
        var fouten = Controleer(reden, tot, vandaag).ToList();
        if (expert.Rol != Rol.Expert || expert.Samenwerkingsverband != leerling.Samenwerkingsverband)
        {
            fouten.Add(Fout.Ongeldig("geen-expert", "Alleen een expert van het samenwerkingsverband kan betrokkene worden.", "expertId"));
        }
        else if (!expert.Actief)
        {
            fouten.Add(Fout.Ongeldig("expert-gedeactiveerd", "Het account van deze expert is gedeactiveerd.", "expertId"));
        }

        if (fouten.Count > 0)
        {
            return Result<Betrokkene>.Mislukt(fouten);
        }

        return new Betrokkene
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = leerling.Samenwerkingsverband,
            LeerlingId = leerling.Id,
            ExpertId = expert.Id.Waarde,
            ExpertNaam = expert.Naam,
            Reden = reden!.Trim(),
            Tot = tot!.Value,
            ToegevoegdDoor = door,
            ToegevoegdOp = nu,
        };
    }

    /// <summary>Ends the access today, before its end date. Access that already ended (by hand or by date) cannot end again.</summary>
    public Result<Betrokkene> Beeindig(Actor door, DateTimeOffset nu, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(door);
        if (BeeindigdOp is { } beeindigd)
        {
            return Fout.Conflict("betrokkenheid-beeindigd", $"Deze betrokkenheid is al beëindigd op {NederlandseDatum.Tekst(NederlandseDatum.Van(beeindigd))}.");
        }

        if (Tot < vandaag)
        {
            return Fout.Conflict("betrokkenheid-verlopen", $"Deze betrokkenheid is al verlopen: de toegang liep tot en met {NederlandseDatum.Tekst(Tot)}.");
        }

        BeeindigdDoor = door;
        BeeindigdOp = nu;
        return this;
    }
}
