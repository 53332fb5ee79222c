using FluentValidation;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszittertelling;

public sealed class GeefThuiszittertellingValidator : AbstractValidator<GeefThuiszittertellingQuery>
{
    public GeefThuiszittertellingValidator() => RuleFor(q => q.Peildatum).MoetPeildatumZijn();
}
