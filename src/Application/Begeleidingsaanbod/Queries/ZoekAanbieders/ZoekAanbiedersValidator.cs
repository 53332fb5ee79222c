using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.ZoekAanbieders;

public sealed class ZoekAanbiedersValidator : AbstractValidator<ZoekAanbiedersQuery>
{
    public ZoekAanbiedersValidator()
    {
        Include(new AanbiederZoekvraagRegels());
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(AanbiederZoekregels.MaximalePageSize);
    }
}
