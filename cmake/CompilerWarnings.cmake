# One place for warning flags: every target of ours calls contactdesk_set_warnings().
function(contactdesk_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
    -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
  # Not -Wnull-dereference: g++ 12 only checks it in optimized builds, and there it reports Qt's own
  # inline code (QArrayDataPointer, QPointer) as false positives, which -Werror would turn into a
  # failed release build.
  if(CONTACTDESK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_KEYWORDS)
endfunction()
