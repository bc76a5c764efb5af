# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for reboundctl
_reboundctl()
{
    local cur prev words cword
    _init_completion || return

    local commands="init employee record visit export verify close-day backup drill playbook seed-demo server sync"
    case $prev in
        --db|--out)
            _filedir
            return ;;
        --role)
            COMPREPLY=($(compgen -W "associate supervisor manager" -- "$cur"))
            return ;;
        --from|--to|--code|--name|--as|--pin-fd|--manager-code|--manager-name|--incidents|--seed|--site|--counter|--app-role)
            return ;;
    esac

    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --db|--site|--counter|--as|--pin-fd) ((i++)) ;;
            -*) ;;
            *) command=${words[i]}; break ;;
        esac
    done

    case $command in
        "") COMPREPLY=($(compgen -W "$commands --db --site --counter --as --pin-fd --help --version" -- "$cur")) ;;
        init) COMPREPLY=($(compgen -W "--manager-code --manager-name" -- "$cur")) ;;
        employee)
            if [[ ${words[cword-1]} == employee ]]; then
                COMPREPLY=($(compgen -W "add list" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "--code --name --role" -- "$cur"))
            fi ;;
        record|visit) COMPREPLY=($(compgen -W "--as" -- "$cur")) ;;
        verify)
            if [[ ${words[cword-1]} == --receipts ]]; then
                _filedir -d
            else
                COMPREPLY=($(compgen -W "--full --chain-only --receipts" -- "$cur"))
            fi ;;
        close-day) COMPREPLY=($(compgen -W "--date" -- "$cur")) ;;
        drill)
            case ${words[cword-1]} in
                drill) COMPREPLY=($(compgen -W "list validate import export results" -- "$cur")) ;;
                validate|import) _filedir json ;;
                results) COMPREPLY=($(compgen -W "--csv" -- "$cur")) ;;
            esac ;;
        export)
            if [[ ${words[cword-1]} == export ]]; then
                COMPREPLY=($(compgen -W "incidents compensations follow-ups audit stories visits actions recognitions return-visits economics outcomes" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "--from --to --out --bom" -- "$cur"))
            fi ;;
        backup) _filedir ;;
        playbook)
            if [[ ${words[cword-1]} == playbook ]]; then
                COMPREPLY=($(compgen -W "validate import export" -- "$cur"))
            else
                _filedir json
            fi ;;
        seed-demo) COMPREPLY=($(compgen -W "--incidents --seed" -- "$cur")) ;;
        server)
            case ${words[cword-1]} in
                server) COMPREPLY=($(compgen -W "init status import" -- "$cur")) ;;
                import) _filedir sqlite ;;
                *) COMPREPLY=($(compgen -W "--site --app-role --manager-code --manager-name" -- "$cur")) ;;
            esac ;;
        sync)
            [[ ${words[cword-1]} == sync ]] && COMPREPLY=($(compgen -W "attach status now detach" -- "$cur")) ;;
    esac
} &&
    complete -F _reboundctl reboundctl
