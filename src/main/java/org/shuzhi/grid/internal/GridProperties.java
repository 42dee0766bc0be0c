package org.shuzhi.grid.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Settings of the grids module.
 *
 * @param professionalMaxEnterprises the most enterprises a professional grid may cover (the 一格两员 rule of thumb:
 *                                    two officers can look after about 80); an import declaring more is rejected
 * @param nearestMaxMetres            how far {@link org.shuzhi.grid.GridLocator} looks for the nearest grid when a
 *                                    point lies outside every grid
 * @param overlapToleranceSquareMetres how much two grids of one layer may overlap before an import is rejected —
 *                                    room for digitising noise along shared borders, not for real overlaps
 */
@Validated
@ConfigurationProperties("shuzhi.grid")
record GridProperties(
        @DefaultValue("80") @Positive int professionalMaxEnterprises,
        @DefaultValue("1000") @PositiveOrZero double nearestMaxMetres,
        @DefaultValue("1") @PositiveOrZero double overlapToleranceSquareMetres) {
}
