using FluentValidation;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Leerlingen;

/// <summary>The filters of the pupil list: a vestiging, a part of the name, a date of birth (2017-03-14).</summary>
public interface ILeerlingSelectie
{
    string? Vestiging { get; }

    string? Naam { get; }

    string? Geboortedatum { get; }
}

/// <summary>The filters of the pupil list, shared by its pages and its export so the two never select differently.</summary>
internal static class LeerlingSelectie
{
    public static Result<IQueryable<Leerling>> Filter(this ILeerlingSelectie selectie, IQueryable<Leerling> leerlingen)
    {
        var (vestigingCode, naam, geboortedatum) = (selectie.Vestiging, selectie.Naam, selectie.Geboortedatum);
        if (vestigingCode is not null)
        {
            // The validator refused a malformed code before this point; this only guards the handler used on its own.
            var gelezen = VestigingCode.Parse(vestigingCode);
            if (!gelezen.Lukt(out var vestiging))
            {
                return Result<IQueryable<Leerling>>.Mislukt(gelezen.Fouten);
            }

            leerlingen = leerlingen.Where(l => l.Vestiging == vestiging);
        }

        if (!string.IsNullOrWhiteSpace(naam))
        {
            var gezocht = naam.Trim().ToLowerInvariant();

            // Runs in PostgreSQL as lower(...) with strpos; .NET's culture rules never apply here.
#pragma warning disable CA1304, CA1311, CA1862
            leerlingen = leerlingen.Where(l => (l.Voornaam + " " + l.Achternaam).ToLower().Contains(gezocht));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (IsoDatum.Lees(geboortedatum) is { } datum)
        {
            leerlingen = leerlingen.Where(l => l.Geboortedatum == datum);
        }

        return Result<IQueryable<Leerling>>.Gelukt(leerlingen);
    }
}

/// <summary>The input rules of <see cref="ILeerlingSelectie"/>, included by the validator of the list and of its export.</summary>
internal sealed class LeerlingSelectieRegels : AbstractValidator<ILeerlingSelectie>
{
    public LeerlingSelectieRegels()
    {
        RuleFor(q => q.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging")).When(q => q.Vestiging is not null);
        RuleFor(q => q.Naam).MaximumLength(Leerling.MaximaleLengteNaam).WithErrorCode("tekst-te-lang").WithMessage($"Hoogstens {Leerling.MaximaleLengteNaam} tekens.");
        RuleFor(q => q.Geboortedatum).Must(d => IsoDatum.Lees(d) is not null).When(q => q.Geboortedatum is not null)
            .WithErrorCode("ongeldige-datum").WithMessage("Geef de geboortedatum als 2017-03-14.");
    }
}
