using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Domain.Ouders;

/// <summary>
/// That an ouder or verzorger (a wettelijk vertegenwoordiger) acts for one pupil: what lets their account see that
/// child in the portal, and nothing else. Recorded by the child's school, which knows who its pupils' parents are;
/// ended by the school when that changes (a change of gezag). Never deleted, so who could see the child, and from
/// when until when, stays on record.
/// </summary>
public sealed class Vertegenwoordiging : AggregateRoot<Guid>
{
    private Vertegenwoordiging()
    {
        Samenwerkingsverband = null!;
        OuderNaam = string.Empty;
        VastgelegdDoor = null!;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public Guid LeerlingId { get; private set; }

    /// <summary>The ouder's account (<see cref="Gebruiker"/> id).</summary>
    public Guid OuderId { get; private set; }

    /// <summary>The ouder's name when linked, so the history still names them after their account is gone.</summary>
    public string OuderNaam { get; private set; }

    public Actor VastgelegdDoor { get; private set; }

    public DateTimeOffset VastgelegdOp { get; private set; }

    public Actor? BeeindigdDoor { get; private set; }

    public DateTimeOffset? BeeindigdOp { get; private set; }

    public bool IsActief => BeeindigdOp is null;

    /// <summary>Links an ouder's account to a pupil of the same samenwerkingsverband; a closed account is not linked.</summary>
    public static Result<Vertegenwoordiging> LegVast(Leerling leerling, Gebruiker ouder, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        ArgumentNullException.ThrowIfNull(ouder);
        ArgumentNullException.ThrowIfNull(door);
        if (ouder.Rol != Rol.Ouder || ouder.Samenwerkingsverband != leerling.Samenwerkingsverband)
        {
            return Fout.Conflict("geen-ouderaccount", "Dit e-mailadres hoort bij een account dat geen ouderaccount van dit samenwerkingsverband is.");
        }

        if (!ouder.Actief)
        {
            return Fout.Conflict("ouderaccount-gedeactiveerd", "Het account van deze ouder is gedeactiveerd; vraag de beheerder van het samenwerkingsverband.");
        }

        var vertegenwoordiging = new Vertegenwoordiging
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = leerling.Samenwerkingsverband,
            LeerlingId = leerling.Id,
            OuderId = ouder.Id.Waarde,
            OuderNaam = ouder.Naam,
            VastgelegdDoor = door,
            VastgelegdOp = nu,
        };
        vertegenwoordiging.Raise(new OuderGekoppeld(vertegenwoordiging.Id, vertegenwoordiging.Samenwerkingsverband, leerling.Id, vertegenwoordiging.OuderId, nu));
        return vertegenwoordiging;
    }

    /// <summary>From now on the ouder no longer sees this child; the link stays on record as ended.</summary>
    public Result<Vertegenwoordiging> Beeindig(Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(door);
        if (BeeindigdOp is { } beeindigd)
        {
            return Fout.Conflict("ouder-al-ontkoppeld", $"Deze ouder is al ontkoppeld op {NederlandseDatum.Tekst(NederlandseDatum.Van(beeindigd))}.");
        }

        BeeindigdDoor = door;
        BeeindigdOp = nu;
        Raise(new OuderOntkoppeld(Id, Samenwerkingsverband, LeerlingId, OuderId, nu));
        return this;
    }
}
