using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Leerlingen;

/// <summary>
/// The filter of a pupil selection that may stand in a URL: one vestiging. A name or date of birth never does
/// (<see cref="ILeerlingZoekvraag"/> travels in a body).
/// </summary>
public interface ILeerlingSelectie
{
    string? Vestiging { get; }
}

/// <summary>The vestiging filter, shared by the list, its search and its export so they never select differently.</summary>
internal static class LeerlingSelectie
{
    public static Result<IQueryable<Leerling>> Filter(this ILeerlingSelectie selectie, IQueryable<Leerling> leerlingen)
    {
        if (selectie.Vestiging is null)
        {
            return Result<IQueryable<Leerling>>.Gelukt(leerlingen);
        }

        // The validator refused a malformed code before this point; this only guards a handler used on its own.
        var gelezen = VestigingCode.Parse(selectie.Vestiging);
        return gelezen.Lukt(out var vestiging)
            ? Result<IQueryable<Leerling>>.Gelukt(leerlingen.Where(l => l.Vestiging == vestiging))
            : Result<IQueryable<Leerling>>.Mislukt(gelezen.Fouten);
    }
}

/// <summary>The input rule of <see cref="ILeerlingSelectie"/>, included by the validators of the list, search and export.</summary>
internal sealed class LeerlingSelectieRegels : AbstractValidator<ILeerlingSelectie>
{
    public LeerlingSelectieRegels() =>
        RuleFor(q => q.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging")).When(q => q.Vestiging is not null);
}
