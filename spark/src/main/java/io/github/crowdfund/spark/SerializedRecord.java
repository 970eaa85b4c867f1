package io.github.crowdfund.spark;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.outcomes.dataset.DatasetFile;
import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.ProjectState;
import io.github.crowdfund.outcomes.dataset.Provenance;
import io.github.crowdfund.outcomes.dataset.RecordFlag;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A {@link ProjectRecord} with its provenance, in parts Java serialization carries between executors (the record
 * itself is not serializable); {@link #toRecord()} gives back an equal record.
 */
final class SerializedRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String name;
  private final String category;
  private final String mainCategory;
  private final String currency;
  private final long goalMinor;
  private final long pledgedMinor;
  private final ProjectState state;
  private final int backers;
  private final String country;
  private final Instant launched;
  private final LocalDate deadline;
  private final BigDecimal usdPledged;
  private final BigDecimal usdPledgedReal;
  private final BigDecimal usdGoalReal;
  private final EnumSet<RecordFlag> flags;
  private final DatasetLayout layout;
  private final String file;
  private final Instant snapshot;
  private final long line;

  SerializedRecord(ProjectRecord record) {
    id = record.id();
    name = record.name();
    category = record.category();
    mainCategory = record.mainCategory();
    currency = record.currency().getCode();
    goalMinor = record.goalMinor();
    pledgedMinor = record.pledgedMinor();
    state = record.state();
    backers = record.backers();
    country = record.country().map(Country::code).orElse(null);
    launched = record.launched();
    deadline = record.deadline();
    usdPledged = record.usdPledged().orElse(null);
    usdPledgedReal = record.usdPledgedReal().orElse(null);
    usdGoalReal = record.usdGoalReal().orElse(null);
    flags = record.flags().isEmpty() ? EnumSet.noneOf(RecordFlag.class) : EnumSet.copyOf(record.flags());
    Optional<Provenance> provenance = record.provenance();
    layout = provenance.map(at -> at.file().layout()).orElse(null);
    file = provenance.map(at -> at.file().name()).orElse(null);
    snapshot = provenance.flatMap(at -> at.file().snapshot()).orElse(null);
    line = provenance.map(Provenance::line).orElse(0L);
  }

  ProjectRecord toRecord() {
    CurrencyUnit unit = CurrencyUnit.of(currency);
    ProjectRecord.Builder builder = ProjectRecord.builder()
        .id(id)
        .name(name)
        .category(category)
        .mainCategory(mainCategory)
        .goal(Money.ofMinor(unit, goalMinor))
        .pledged(Money.ofMinor(unit, pledgedMinor))
        .state(state)
        .backers(backers)
        .country(Optional.ofNullable(country).map(Country::of))
        .launched(launched)
        .deadline(deadline)
        .usdPledged(Optional.ofNullable(usdPledged))
        .usdPledgedReal(Optional.ofNullable(usdPledgedReal))
        .usdGoalReal(Optional.ofNullable(usdGoalReal))
        .addAllFlags(flags);
    if (file != null) {
      builder.provenance(new Provenance(new DatasetFile(layout, file, Optional.ofNullable(snapshot)), line));
    }
    return builder.build();
  }
}
