/**
 * The case file: the JSON form of an {@link org.appealpacket.model.AppealCase}, read and written
 * by {@link org.appealpacket.json.CaseJson}. The contract is described field by field in the
 * project's {@code docs/case-file.md} and as a JSON Schema ({@code case-file.schema.json}, a
 * resource of this package).
 */
@NullMarked
package org.appealpacket.json;

import org.jspecify.annotations.NullMarked;
