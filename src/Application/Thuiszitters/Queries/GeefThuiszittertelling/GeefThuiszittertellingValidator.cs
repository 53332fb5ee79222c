using FluentValidation;
using PassendOnderwijs.Application.Common.Tijd;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszittertelling;

public sealed class GeefThuiszittertellingValidator : AbstractValidator<GeefThuiszittertellingQuery>
{
    public GeefThuiszittertellingValidator() =>
        RuleFor(q => q.Peildatum).Must(d => IsoDatum.Lees(d) is not null).When(q => q.Peildatum is not null)
            .WithErrorCode("ongeldige-datum").WithMessage("Geef de peildatum in de vorm jjjj-mm-dd.");
}
