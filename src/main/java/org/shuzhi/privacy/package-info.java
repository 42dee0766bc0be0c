/**
 * Privacy 分类分级与脱敏: one reusable mechanism for grading fields (GB/T 43697-2024: 核心 / 重要 / 一般; personal
 * information sensitive or general), recognising and validating identifiers (resident ID per GB 11643, unified
 * social credit code per GB 32100, mobile number, bank card) and masking values by a configurable rule.
 *
 * <p>API: {@link org.shuzhi.privacy.FieldType} (what a field holds, with its default grade and rule),
 * {@link org.shuzhi.privacy.MaskingRule} (how a value is masked), {@link org.shuzhi.privacy.Masking} (masks a value
 * for a caller), and the validators {@link org.shuzhi.privacy.ResidentIdNumber},
 * {@link org.shuzhi.privacy.SocialCreditCode}, {@link org.shuzhi.privacy.MobileNumber},
 * {@link org.shuzhi.privacy.BankCardNumber}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy 分类分级与脱敏")
package org.shuzhi.privacy;
